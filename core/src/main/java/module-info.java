/**
 * httpcodes core: every HTTP status code people meet, with its meanings, semantics and troubleshooting, in
 * Chinese and English. No dependencies.
 */
module dev.httpcodes.core {
    exports dev.httpcodes.core;
    exports dev.httpcodes.core.problem;
    exports dev.httpcodes.core.search;
    exports dev.httpcodes.core.guide;
    exports dev.httpcodes.core.rules;
    exports dev.httpcodes.core.markup;
}
