package dev.httpcodes.server.protocol;

import dev.httpcodes.core.EntryFilter;
import dev.httpcodes.core.InvalidFilterException;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.ui.UiText;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * The one reader of the {@code class}, {@code standing} and {@code vendor} filters, for the home page and the API
 * alike. An empty value means "any" (what the home page's form sends for its first option); any other value that
 * names nothing is rejected, never silently dropped.
 */
public final class FilterQuery {
    public static final List<String> PARAMETERS = List.of("class", "standing", "vendor");

    private FilterQuery() {
    }

    /** The filter the request names. @throws InvalidFilterException naming the first bad value */
    public static EntryFilter parse(RoutingContext ctx, Registry registry) {
        return EntryFilter.parse(registry, given(ctx, "class"), given(ctx, "standing"), given(ctx, "vendor"));
    }

    /** The message for a bad value in the reader's language, echoing it shortened. */
    public static String message(InvalidFilterException e, Lang lang) {
        UiText name = switch (e.parameter()) {
            case "class" -> UiText.CLASS;
            case "standing" -> UiText.STANDING;
            default -> UiText.VENDOR;
        };
        String value = e.value().length() <= 64 ? e.value() : e.value().substring(0, 64) + "…";
        String separator = lang == Lang.ZH ? "、" : ", ";
        return UiText.UNKNOWN_VALUE.format(lang, lang == Lang.ZH ? name.in(lang) : e.parameter(),
                "“" + value + "”", String.join(separator, e.allowed()));
    }

    /** The closest allowed value, for the problem's suggestions. */
    public static List<String> nearest(InvalidFilterException e) {
        return Search.nearest(e.value(), e.allowed()).map(List::of).orElse(List.of());
    }

    private static String given(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
