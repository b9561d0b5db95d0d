package dev.httpcodes.check.report;

import dev.httpcodes.core.Lang;

/** The labels of the check report, in both languages (words of this face, not facts about codes). */
enum Words {
    PRODUCED_BY("产生者", "produced by"),
    UNKNOWN_PRODUCER("产生者不明（没有匹配的特征）", "producer unknown (no fingerprint matched)"),
    GENERATED("自身生成", "generated it"),
    LIKELY("很可能", "likely"),
    PASSED_THROUGH("仅经过", "only passed through"),
    VIA("途经", "via"),
    TIMINGS("耗时", "timings"),
    DNS("DNS", "dns"),
    CONNECT("连接", "connect"),
    TLS("TLS", "tls"),
    FIRST_BYTE("首字节", "first byte"),
    TOTAL("合计", "total"),
    PROBE_NOTE("（DNS/连接/TLS 在单独的探测连接上测得）", "(dns/connect/tls measured on a separate probe connection)"),
    INTERIM("临时响应", "interim"),
    INTERIM_HIDDEN("此来源看不到 1xx 临时响应", "1xx interim responses are not visible from this source"),
    UNKNOWN_STATUS("知识库中没有这个状态码", "not in the knowledge base"),
    NO_FINDINGS("未发现问题", "no findings"),
    SUMMARY("汇总：%s 个错误，%s 个警告，%s 条提示", "summary: %s error(s), %s warning(s), %s info"),
    BODY_TRUNCATED("响应体超过上限，只读取了前 %s 字节", "body longer than the cap; read the first %s bytes"),
    SUB_STATUS("子状态", "sub-status"),
    ERROR("错误", "error"),
    WARNING("警告", "warning"),
    INFO("提示", "info");

    private final String zh;
    private final String en;

    Words(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    String format(Lang lang, Object... args) {
        return String.format(in(lang), args);
    }
}
