/** What was exchanged, whatever the source (live, HAR, transcript): responses, hops, chains and timings. */
package dev.httpcodes.check.http;
