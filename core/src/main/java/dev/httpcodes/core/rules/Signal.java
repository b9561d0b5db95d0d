package dev.httpcodes.core.rules;

import dev.httpcodes.core.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * One trace of a producer: it matches when every part it names matches.
 *
 * @param header   a field that must be present (lower case)
 * @param match    a regex the field's value must contain (case-insensitive)
 * @param body     a regex the body must contain (case-insensitive, multiline)
 * @param status   status patterns (see {@link CodePattern}); empty for any
 * @param capture  what the regex's first group holds: {@code version}, {@code substatus} or {@code code}
 * @param weight   how strongly it points at the producer (10 and up: it generated the response)
 * @param evidence what the trace means, in both languages
 */
public record Signal(Optional<String> header, Optional<String> match, Optional<String> body, List<String> status,
        Optional<String> capture, int weight, LocalizedText evidence) {
}
