/** A named module of an adopter: core must be usable from the module path, through its exported packages. */
module sample {
    requires dev.httpcodes.core;
    exports sample;
}
