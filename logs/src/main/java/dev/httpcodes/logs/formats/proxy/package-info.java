/**
 * The access logs of self-run proxies (HAProxy, Envoy): each parser reads the proxy's own evidence (termination
 * state, response flags) to say whether the proxy made the response or passed the upstream's on.
 */
package dev.httpcodes.logs.formats.proxy;
