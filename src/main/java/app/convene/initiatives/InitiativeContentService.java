package app.convene.initiatives;

import app.convene.initiatives.internal.Initiative;
import app.convene.initiatives.internal.InitiativeRepository;
import app.convene.initiatives.internal.StrategicGoal;
import app.convene.security.Action;
import app.convene.security.AuditLog;
import app.convene.security.Authorization;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * An initiative's own texts (name, region, summary, vision, mission) and their translations: editing them
 * (coordinators of the initiative, administrators) and reading them in a reader's language (public).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class InitiativeContentService {

    /** The texts as saved, the version they were read at, and which translations are missing. */
    public record ContentEdit(long version, String originalLanguage, String translationLanguage, ContentDraft texts,
                              List<String> missing) {
    }

    /** What happened to a save: saved, or refused because someone saved after the editor opened the texts. */
    public sealed interface ContentSave {
        record Saved(long version) implements ContentSave {
        }

        /** Nothing was overwritten; {@code current} is what is saved now, the writer's text stays theirs. */
        record Conflict(ContentEdit current) implements ContentSave {
        }
    }

    private final InitiativeRepository initiatives;
    private final InitiativeService publicPages;
    private final Authorization authorization;
    private final AuditLog audit;

    InitiativeContentService(InitiativeRepository initiatives, InitiativeService publicPages,
                             Authorization authorization, AuditLog audit) {
        this.initiatives = initiatives;
        this.publicPages = publicPages;
        this.authorization = authorization;
        this.audit = audit;
    }

    public ContentEdit contentForEditing(long initiativeId) {
        authorization.check(Action.EDIT_INITIATIVE_CONTENT, initiativeId);
        return edit(initiatives.findById(initiativeId).orElseThrow());
    }

    /** Saves the texts if nobody saved them since {@code expectedVersion}; audited with before and after. */
    @Transactional
    public ContentSave saveContent(long initiativeId, long expectedVersion, @Valid ContentDraft draft) {
        authorization.check(Action.EDIT_INITIATIVE_CONTENT, initiativeId);
        Initiative initiative = initiatives.findById(initiativeId).orElseThrow();
        if (initiative.getVersion() != expectedVersion) {
            return new ContentSave.Conflict(edit(initiative));
        }
        Map<String, String> before = fields(texts(initiative));
        initiative.writeTexts(draft.name().strip(), trimmed(draft.nameTranslation()), draft.region().strip(),
                trimmed(draft.summary()), trimmed(draft.summaryTranslation()), trimmed(draft.vision()),
                trimmed(draft.visionTranslation()), trimmed(draft.mission()), trimmed(draft.missionTranslation()));
        initiatives.saveAndFlush(initiative);
        Map<String, String> after = fields(texts(initiative));
        before.keySet().removeIf(key -> Objects.equals(before.get(key), after.get(key)));
        after.keySet().retainAll(before.keySet());
        audit.record("initiative.edited", "initiative", initiativeId, initiativeId, before, after);
        return new ContentSave.Saved(initiative.getVersion());
    }

    /** Sets the time zone the coalition meets in (a {@link java.time.ZoneId} id); audited. */
    @Transactional
    public void setTimeZone(long initiativeId, java.time.ZoneId zone) {
        authorization.check(Action.EDIT_INITIATIVE_CONTENT, initiativeId);
        Initiative initiative = initiatives.findById(initiativeId).orElseThrow();
        String before = initiative.getTimeZone();
        if (!before.equals(zone.getId())) {
            initiative.setTimeZone(zone.getId());
            initiatives.saveAndFlush(initiative);
            audit.record("initiative.timeZone", "initiative", initiativeId, initiativeId, before, zone.getId());
        }
    }

    /**
     * The public texts of an initiative in the reader's language, the original where there is no translation;
     * empty where the public page is not to be shown (the same rule as {@link InitiativeService#findPublicBySlug}).
     */
    public Optional<PublicContent> publicContent(String slug, String readerLanguage) {
        return publicPages.publicContent(slug, readerLanguage);
    }

    /** The texts in the reader's language ({@code reader} null: the originals). */
    static PublicContent localize(Initiative i, String reader) {
        String original = i.getLanguages().getFirst();
        String translated = translationLanguage(i);
        List<PublicContent.Goal> goals = new ArrayList<>();
        for (StrategicGoal g : i.getGoals()) {
            if (!g.isRetired()) {
                goals.add(new PublicContent.Goal(g.getId(), g.getCode(),
                        LocalText.pick(g.getTitle(), g.getTitleTranslation(), original, translated, reader),
                        LocalText.pick(g.getDescription(), g.getDescriptionTranslation(), original, translated, reader),
                        g.getStrategyEntries().stream().map(s -> LocalText.pick(s.getText(), s.getTranslation(),
                                original, translated, reader)).toList()));
            }
        }
        Map<Long, LocalText> phases = new LinkedHashMap<>();
        i.getPhases().forEach(p -> phases.put(p.getId(),
                LocalText.pick(p.getName(), p.getNameTranslation(), original, translated, reader)));
        return new PublicContent(LocalText.pick(i.getName(), i.getNameTranslation(), original, translated, reader),
                LocalText.pick(i.getSummary(), i.getSummaryTranslation(), original, translated, reader),
                LocalText.pick(i.getVision(), i.getVisionTranslation(), original, translated, reader),
                LocalText.pick(i.getMission(), i.getMissionTranslation(), original, translated, reader),
                List.copyOf(goals), java.util.Collections.unmodifiableMap(phases));
    }

    /** The initiative's second content language, into which its texts are translated (null: none). */
    static String translationLanguage(Initiative initiative) {
        List<String> languages = initiative.getLanguages();
        return languages.size() > 1 ? languages.get(1) : null;
    }

    private static ContentEdit edit(Initiative i) {
        ContentDraft texts = texts(i);
        List<String> missing = new ArrayList<>();
        if (translationLanguage(i) != null) {
            missingTranslation(missing, "name", texts.name(), texts.nameTranslation());
            missingTranslation(missing, "summary", texts.summary(), texts.summaryTranslation());
            missingTranslation(missing, "vision", texts.vision(), texts.visionTranslation());
            missingTranslation(missing, "mission", texts.mission(), texts.missionTranslation());
        }
        return new ContentEdit(i.getVersion(), i.getLanguages().getFirst(), translationLanguage(i), texts,
                List.copyOf(missing));
    }

    /** Adds {@code field} when the original is written and its translation is not. */
    static void missingTranslation(List<String> missing, String field, String original, String translation) {
        if (!LocalText.blank(original) && LocalText.blank(translation)) {
            missing.add(field);
        }
    }

    private static ContentDraft texts(Initiative i) {
        return new ContentDraft(i.getName(), i.getNameTranslation(), i.getRegion(), i.getSummary(),
                i.getSummaryTranslation(), i.getVision(), i.getVisionTranslation(), i.getMission(),
                i.getMissionTranslation());
    }

    private static Map<String, String> fields(ContentDraft d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", d.name());
        fields.put("nameTranslation", d.nameTranslation());
        fields.put("region", d.region());
        fields.put("summary", d.summary());
        fields.put("summaryTranslation", d.summaryTranslation());
        fields.put("vision", d.vision());
        fields.put("visionTranslation", d.visionTranslation());
        fields.put("mission", d.mission());
        fields.put("missionTranslation", d.missionTranslation());
        return fields;
    }

    /** A text without surrounding spaces; blank becomes null ("not written"). */
    static String trimmed(String text) {
        return LocalText.blank(text) ? null : text.strip();
    }
}
