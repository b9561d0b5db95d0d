package dev.httpcodes.ui;

import dev.httpcodes.core.Lang;

/**
 * The words around the guides ({@code which} and {@code compare}) in the CLI and on the web, in both languages.
 * Kept apart from {@link UiText} only because they belong to these two features; {@code %s} placeholders are
 * filled with {@link #format}.
 */
public enum GuideText {
    WHICH_TITLE("该用哪个状态码？", "Which status code should I use?"),
    WHICH_INTRO("回答几个问题，找到最合适的状态码。每一步都可以展开多个选项来对比。",
            "Answer a few questions to find the code that fits. Open several replies at any step to compare them."),
    CHOOSE("请选择 1–%s（b 返回上一步，q 退出）：", "Choose 1–%s (b to go back, q to quit): "),
    NOT_A_CHOICE("“%s”不是可选的答案，请输入 1–%s 之间的数字。", "\"%s\" is not a choice; type a number from 1 to %s."),
    TOO_MANY_BAD("连续 %s 次无效输入，已退出。", "%s invalid replies in a row; giving up."),
    END_OF_INPUT("输入已结束，没有得出结论。", "input ended before an answer was reached"),
    QUIT("已退出，没有得出结论。", "quit before an answer was reached"),
    NOTHING_BEFORE("已经是第一个问题。", "This is the first question."),
    USE("建议使用", "Use"),
    SEE_ALSO("另请参阅", "See also"),
    STILL_OPEN("答案用完了，还需要回答：%s", "the answers ran out; still to answer: %s"),
    BAD_ANSWERS("--answers 需要用逗号分隔的数字，例如 1,3，而不是 %s", "--answers takes numbers separated by commas, such as 1,3, not %s"),
    ANSWER_OUT_OF_RANGE("第 %s 个答案是 %s，但问题“%s”只有 1–%s 可选", "answer %s is %s, but question \"%s\" has choices 1 to %s"),
    ANSWERS_AFTER_END("第 %s 个答案多余：前面的答案已经得出 %s", "answer %s is one too many: the answers before it already lead to %s"),
    START_OVER("重新开始", "Start over"),
    COMPARE_TITLE("%s 与 %s 对比", "%s compared with %s"),
    COMPARE_PAIRS("常被混淆的状态码", "Codes often confused"),
    COMPARE_PAIRS_INTRO("选一对状态码，并排查看它们的差别。", "Pick a pair to see how the two codes differ, side by side."),
    HOW_TO_TELL("如何区分", "How to tell them apart"),
    NO_DISTINCTION("这两个状态码还没有专门的区分说明，请对照上面各项。",
            "No hand-written distinction for these two yet; compare the rows above."),
    SAME_CODE("请给出两个不同的状态码，而不是两次 %s", "give two different codes, not %s twice"),
    NAME("名称", "Name"),
    SUMMARY("概要", "Summary"),
    NONE("—", "—");

    private final String zh;
    private final String en;

    GuideText(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String in(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    public String format(Lang lang, Object... args) {
        return UiText.fill(in(lang), args);
    }
}
