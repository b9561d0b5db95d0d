package dev.httpcodes.core;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which entries to list: by class, standing and vendor; an unset criterion matches everything. Immutable; each
 * method returns a narrowed copy: {@code EntryFilter.all().inClass(StatusClass.CLIENT_ERROR).byVendor("nginx")}.
 */
public record EntryFilter(Optional<StatusClass> statusClass, Optional<Standing> standing, Optional<String> vendor)
        implements Predicate<Entry> {

    /** Matches every entry. */
    public static EntryFilter all() {
        return new EntryFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public EntryFilter inClass(StatusClass c) {
        return new EntryFilter(Optional.of(c), standing, vendor);
    }

    public EntryFilter withStanding(Standing s) {
        return new EntryFilter(statusClass, Optional.of(s), vendor);
    }

    /** Vendor id as in {@link Registry#vendors()}, any case. */
    public EntryFilter byVendor(String vendorId) {
        return new EntryFilter(statusClass, standing, Optional.of(vendorId.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The filter named by text, as the CLI and the API take it; null for a criterion not given.
     *
     * @throws InvalidFilterException naming the first value that is not a class, standing or vendor id
     */
    public static EntryFilter parse(Registry registry, String statusClass, String standing, String vendor) {
        EntryFilter filter = all();
        if (statusClass != null) {
            filter = filter.inClass(StatusClass.fromId(statusClass).orElseThrow(() -> new InvalidFilterException(
                    "class", statusClass, java.util.Arrays.stream(StatusClass.values()).map(StatusClass::id).toList())));
        }
        if (standing != null) {
            filter = filter.withStanding(Standing.fromId(standing).orElseThrow(() -> new InvalidFilterException(
                    "standing", standing, java.util.Arrays.stream(Standing.values()).map(Standing::id).toList())));
        }
        if (vendor != null) {
            if (registry.vendor(vendor).isEmpty()) {
                throw new InvalidFilterException("vendor", vendor, registry.vendors().stream().map(Label::id).toList());
            }
            filter = filter.byVendor(vendor);
        }
        return filter;
    }

    @Override
    public boolean test(Entry e) {
        return statusClass.map(c -> e.statusClass() == c).orElse(true)
                && standing.map(s -> e.standing() == s).orElse(true)
                && vendor.map(v -> e.vendor().map(l -> l.id().equals(v)).orElse(false)).orElse(true);
    }
}
