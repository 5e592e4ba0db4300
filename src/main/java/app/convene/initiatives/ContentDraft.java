package app.convene.initiatives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The initiative's texts as a coordinator edits them, each with its optional translation into the initiative's
 * second content language (blank: not translated). Vision and mission are Markdown.
 */
public record ContentDraft(
        @NotBlank @Size(max = 200) String name, @Size(max = 200) String nameTranslation,
        @NotBlank @Size(max = 200) String region,
        @Size(max = 4000) String summary, @Size(max = 4000) String summaryTranslation,
        @Size(max = 4000) String vision, @Size(max = 4000) String visionTranslation,
        @Size(max = 4000) String mission, @Size(max = 4000) String missionTranslation) {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
}
