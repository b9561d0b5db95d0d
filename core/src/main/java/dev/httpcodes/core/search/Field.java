package dev.httpcodes.core.search;

/** The parts of an entry that search looks at, from most to least telling, with their weights. */
enum Field {
    PHRASE("phrase", 100),
    TITLE("title", 80),
    KEYWORDS("keywords", 60),
    TEXT("text", 15);

    final String label;
    final double weight;

    Field(String label, double weight) {
        this.label = label;
        this.weight = weight;
    }
}
