/** RFC 9457 problem details ({@code application/problem+json}) for any entry, in either language. */
package dev.httpcodes.core.problem;
