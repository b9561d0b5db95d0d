package dev.httpcodes.ui;

import dev.httpcodes.core.Lang;
import dev.httpcodes.core.RedirectMethod;
import dev.httpcodes.core.RetryPolicy;

/**
 * The words of the user interfaces (CLI and web pages), in both languages: labels and messages around the knowledge,
 * never facts about a code — those are all in {@code knowledge/}. {@code %s} placeholders are filled with
 * {@link #format}. Kept in one module so every face of httpcodes names things the same way.
 */
public enum UiText {
    CLASS("类别", "Class"),
    STANDING("性质", "Standing"),
    VENDOR("厂商", "Vendor"),
    ALSO_KNOWN_AS("又称", "Also known as"),
    HISTORY("由来", "History"),
    MISCONCEPTIONS("常见误区", "Common misconceptions"),
    SEMANTICS("HTTP 语义", "HTTP semantics"),
    CACHEABLE("默认可缓存", "Cacheable by default"),
    YES("是", "yes"),
    NO("否", "no"),
    CONTENT("响应内容", "Content"),
    CONTENT_ALLOWED("可以包含", "allowed"),
    CONTENT_NONE("不能包含", "none"),
    HEADERS("相关首部", "Header fields"),
    REQUEST_FIELD("请求首部", "request field"),
    REDIRECT("重定向时的方法", "Redirect method"),
    REDIRECT_PRESERVES_METHOD("保持原方法", "kept as it is"),
    REDIRECT_MAY_CHANGE_TO_GET("POST 可能被改成 GET", "POST may become GET"),
    REDIRECT_CHANGES_TO_GET("改用 GET", "becomes GET"),
    RETRY("重试", "Retry"),
    RETRY_NOT_APPLICABLE("不适用", "not applicable"),
    RETRY_NO("不要原样重试", "do not repeat it unchanged"),
    RETRY_AFTER_CHANGE("修正请求后再试", "after fixing the request"),
    RETRY_AFTER_DELAY("稍等后重试（参考 Retry-After）", "after a delay (honour Retry-After)"),
    RETRY_YES("可以重试", "may be retried"),
    GRPC("gRPC 客户端据此报告的状态", "gRPC status a client reports"),
    REFERENCES("参考资料", "References"),
    RELATED("相关状态码", "Related"),
    SUB_STATUSES("IIS 子状态码", "IIS sub-status codes"),
    OTHER_MEANINGS("同一数字的其他含义", "Other meanings of this number"),
    TROUBLESHOOTING("排查", "Troubleshooting"),
    CAUSE("原因", "Cause"),
    MORE_WITH_VERBOSE("排查建议 %s 条：加 -v 查看，或用 httpcodes explain %s", "%s troubleshooting items: add -v, or run httpcodes explain %s"),
    NO_TROUBLESHOOTING("%s 暂无排查建议。", "No troubleshooting for %s yet."),
    STACKS_FOR("%s 的排查建议涉及：%s", "Stacks with advice for %s: %s"),
    COLUMN_CODE("代码", "Code"),
    COLUMN_PHRASE("短语", "Phrase"),
    COLUMN_TITLE("中文名", "Title"),
    COLUMN_STANDING("性质", "Standing"),
    COLUMN_VENDOR("厂商", "Vendor"),
    NOT_FOUND_ONE("找不到状态码：%s", "no status code matches %s"),
    DID_YOU_MEAN("（是不是想找 %s？）", " (did you mean %s?)"),
    NO_RESULTS("没有与 %s 匹配的结果", "nothing matches %s"),
    NO_ENTRIES("没有符合条件的条目", "no entry matches these filters"),
    UNKNOWN_STACK("%s 没有针对 %s 的排查建议；可用：%s", "no advice for stack %s on %s; known: %s"),
    UNKNOWN_VALUE("未知的%s：%s；可用：%s", "unknown %s: %s; known: %s"),
    SKIP_TO_CONTENT("跳到正文", "Skip to content"),
    MAIN_NAVIGATION("主导航", "Main navigation"),
    SEARCH("搜索", "Search"),
    SEARCH_HINT("代码、短语或关键词，例如 504、超时、rate limit", "A code, phrase or keyword, e.g. 504, 超时, rate limit"),
    FILTER("筛选", "Filter"),
    ANY("全部", "Any"),
    LANGUAGE("语言", "Language"),
    OVERVIEW("总览", "Overview"),
    ALL_ENTRIES("全部条目", "All entries"),
    ENTRY_COUNT("%s 个条目", "%s entries"),
    RESULTS_FOR("“%s”的搜索结果", "Results for “%s”"),
    SUGGESTIONS("是不是想找：", "Did you mean:"),
    TRY_IT("试一试", "Try it"),
    TRY_IT_NOTE("向 httpcodes 的测试端点请求这个状态码：", "Ask httpcodes' test endpoint for this status:"),
    TAGLINE("HTTP 状态码参考：标准、非官方与厂商状态码，中英双语，附排查建议。",
            "HTTP status code reference: standard, unofficial and vendor codes, in Chinese and English, with troubleshooting."),
    OPEN_API("JSON API", "JSON API"),
    LOG_SUMMARY("%s 行，%s 行无法解析，时间 %s 至 %s，共发送 %s 字节", "%s lines, %s malformed, from %s to %s, %s bytes sent"),
    BY_CLASS("按类别", "By class"),
    BY_CODE("按状态码", "By code"),
    SHARE("占比", "Share"),
    COUNT("次数", "Count"),
    ERRORS_OVER_TIME("错误随时间变化（每%s）", "Errors over time (per %s)"),
    MINUTE("分钟", "minute"),
    HOUR("小时", "hour"),
    DAY("天", "day"),
    TOP_PATHS("最多的路径", "Top paths"),
    TOP_CLIENTS("最多的客户端", "Top clients"),
    TOP_AGENTS("最多的 User-Agent", "Top user agents"),
    DIAGNOSIS("诊断", "Diagnosis"),
    PATTERNS("规律", "Patterns"),
    MALFORMED_SAMPLES("无法解析的行（示例）", "Malformed lines (samples)"),
    NO_STATUS("没有状态码的记录（连接在响应前结束、TCP 监听等）：%s 条，不计入任何状态码",
            "Records without a status (the connection ended before a response, TCP listeners): %s, counted under no code"),
    PRODUCED_BY("由谁产生", "Who produced it"),
    BY_PROXY("代理自身", "proxy"),
    BY_UPSTREAM("上游", "upstream"),
    UPSTREAM_SENT("上游实际返回", "Upstream actually sent"),
    LATENCY("响应时间", "Latency"),
    LATENCY_NOTE("百分位数的相对误差不超过 %s", "percentiles within %s relative error"),
    ERRORS_VS_SUCCESSES("错误与成功", "Errors vs successes"),
    ERRORS("错误（4xx、5xx）", "errors (4xx, 5xx)"),
    SUCCESSES("成功与重定向（1xx–3xx）", "successes and redirects (1xx-3xx)"),
    TOP_HOSTS("最多的主机名", "Top hosts"),
    TOP_UPSTREAMS("最多的上游地址", "Top upstream addresses"),
    TOP_REASONS("最多的原因标记（如 ALB 的 error_reason）", "Top reason tokens (such as the ALB's error_reason)"),
    TIMELINE_BY_CLASS("按类别的请求时间线（每%s，堆叠）", "Requests by class over time (per %s, stacked)"),
    FILTERED("筛选条件 %s 排除了 %s 条记录", "the filter %s left out %s records"),
    CODE_SET("HTTP 状态码", "HTTP status codes"),
    MEANING("含义", "What it means"),
    STACKS_ON_PAGE("本页的排查按技术栈分组", "Troubleshooting by stack"),
    COPY("复制", "Copy"),
    COPY_CODE("复制命令", "Copy command"),
    COPY_SNIPPET("复制：", "Copy: "),
    COPIED("已复制", "Copied"),
    COPY_FAILED("复制失败，请手动选中", "Could not copy; select the text instead"),
    LEGEND("边框图例", "Border legend"),
    CLASSES("类别", "Classes"),
    SUB_STATUSES_OF("%s 的子状态码", "Sub-status codes of %s"),
    SHOW_ALL("显示全部条目", "Show all entries"),
    NOT_A_KNOWN_CODE("%s 不是已登记或已知的状态码。", "%s is not a registered or known status code."),
    CLASS_RANGE("它属于 %s 类（%s–%s），%s：%s", "It falls in the %s class (%s to %s), %s: %s"),
    CODES_IN_CLASS("%s 中已知的状态码：", "Known codes in %s:"),
    NEAREST_IN_CLASS("%s 中最接近的已知状态码：", "The nearest known codes in %s:"),
    ALL_IN_CLASS("全部 %s 状态码", "All %s codes"),
    NOT_A_SUB_STATUS("%s 不是 %s 的已知子状态码。", "%s is not a known sub-status of %s."),
    PARENT_AND_SUB_STATUSES("%s 及其已知子状态码：", "%s and its known sub-status codes:"),
    OUT_OF_RANGE("HTTP 状态码是 %s 到 %s 之间的三位数，%s 不在其中。",
            "HTTP status codes are three-digit numbers from %s to %s; %s is not one of them."),
    BROWSE_BY_CLASS("按类别浏览：", "Browse by class:"),
    SEARCH_NEEDS_SCRIPT("这份静态副本的搜索需要 JavaScript；也可以从首页按类别浏览。",
            "Search in this static copy of the reference needs JavaScript; the home page lists every code by class.");

    private final String zh;
    private final String en;

    UiText(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The words for a semantics {@code retry} value. */
    public static UiText forRetry(RetryPolicy retry) {
        return switch (retry) {
            case NO -> RETRY_NO;
            case AFTER_CHANGE -> RETRY_AFTER_CHANGE;
            case AFTER_DELAY -> RETRY_AFTER_DELAY;
            case YES -> RETRY_YES;
            case NOT_APPLICABLE -> RETRY_NOT_APPLICABLE;
        };
    }

    /** The words for a semantics {@code redirect} value. */
    public static UiText forRedirect(RedirectMethod redirect) {
        return switch (redirect) {
            case PRESERVES_METHOD -> REDIRECT_PRESERVES_METHOD;
            case CHANGES_TO_GET -> REDIRECT_CHANGES_TO_GET;
            case MAY_CHANGE_TO_GET -> REDIRECT_MAY_CHANGE_TO_GET;
        };
    }

    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /** The words as a label before a value, with the language's colon: 「原因：」, "Cause: ". */
    public String label(Lang lang) {
        return in(lang) + colon(lang);
    }

    /** A colon after a label: full width in Chinese, where it needs no space after it. */
    public static String colon(Lang lang) {
        return lang == Lang.ZH ? "：" : ": ";
    }

    /** Words in parentheses: full width in Chinese. */
    public static String parenthesized(Lang lang, String words) {
        return lang == Lang.ZH ? "（" + words + "）" : "(" + words + ")";
    }

    /** Between the items of a run-in list: the enumeration comma in Chinese. */
    public static String listSeparator(Lang lang) {
        return lang == Lang.ZH ? "、" : ", ";
    }

    /**
     * Fills each {@code %s} in turn. Not {@link String#format}: its parser is a noticeable part of a cold lookup's
     * time, and these texts need nothing but plain substitution.
     */
    public String format(Lang lang, Object... args) {
        return fill(in(lang), args);
    }

    /** Fills each {@code %s} of a template in turn, for texts that come from the knowledge base too. */
    public static String fill(String text, Object... args) {
        StringBuilder b = new StringBuilder(text.length() + 32);
        int from = 0;
        for (Object arg : args) {
            int at = text.indexOf("%s", from);
            if (at < 0) {
                break;
            }
            b.append(text, from, at).append(arg);
            from = at + 2;
        }
        return b.append(text, from, text.length()).toString();
    }
}
