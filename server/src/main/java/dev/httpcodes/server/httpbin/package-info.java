/**
 * go-httpbin (v2.14.0) endpoint families beyond status, delay, drip and request echo: cookies and authentication so
 * far. Each answers as go-httpbin's does (JSON bodies, its error shape), with client-controlled counts capped.
 */
package dev.httpcodes.server.httpbin;
