package dev.httpcodes.server.httpbin.echo;

/**
 * Header names as go-httpbin's clients read them back: Go's canonical form (first letter and each letter after a
 * hyphen in upper case, the rest lower), since a Go client looks echoed headers up by that form. A name holding a
 * character that is not a token letter is left as it came, as Go leaves it.
 */
final class HeaderNames {
    private HeaderNames() {
    }

    static String canonical(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-!#$%&'*+.^_`|~".indexOf(c) >= 0)) {
                return name;
            }
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (upper && c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            } else if (!upper && c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            out.append(c);
            upper = c == '-';
        }
        return out.toString();
    }
}
