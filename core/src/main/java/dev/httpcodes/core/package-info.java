/**
 * httpcodes core: every HTTP status code people meet in practice, standard, unofficial and vendor-specific (IIS
 * sub-status codes included), each cited, in Chinese and English, with HTTP semantics and troubleshooting.
 *
 * <p>Start at {@link dev.httpcodes.core.Registry#standard()}; {@link dev.httpcodes.core.StatusCode} is the value
 * type for any code, {@link dev.httpcodes.core.HttpStatus} has a constant for every registered code. The library
 * has no runtime dependencies: the knowledge base is compiled at build time into a compact resource in the jar.
 */
package dev.httpcodes.core;
