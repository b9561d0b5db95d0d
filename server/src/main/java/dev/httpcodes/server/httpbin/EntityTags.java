package dev.httpcodes.server.httpbin;

/** Entity-tag list matching for If-Match (strong comparison) and If-None-Match (weak), RFC 9110 section 8.8.3.2. */
final class EntityTags {
    /** Lists longer than this many members stop being read: the header limit bounds them, this bounds the work. */
    private static final int MAX_MEMBERS = 100;

    private EntityTags() {
    }

    static boolean anyMatches(String header, String tag, boolean strong) {
        String[] members = header.split(",", MAX_MEMBERS + 1);
        for (int i = 0; i < Math.min(members.length, MAX_MEMBERS); i++) {
            String m = members[i].trim();
            if (m.equals("*")) {
                return true;
            }
            boolean weak = m.startsWith("W/");
            if (weak && strong) {
                continue;
            }
            if ((weak ? m.substring(2) : m).equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
