/**
 * The logs of managed edge services (CloudFront, Google Cloud's external Application Load Balancer, Azure Front
 * Door, Cloudflare): each parser also says who produced a response, the edge itself or the origin behind it.
 */
package dev.httpcodes.logs.formats.cdn;
