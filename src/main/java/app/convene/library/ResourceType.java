package app.convene.library;

/** What a resource is. Labels: {@code library.type.<NAME>}. */
public enum ResourceType {
    TEMPLATE, TOOL, REPORT, CASE_STUDY, SAMPLE_CONTRACT, DATA, SLIDES, RECORDING
}
