package app.convene.notifications.ui;

import app.convene.notifications.Delivery;
import app.convene.notifications.NoticeKind;
import app.convene.notifications.NotificationSetting;
import app.convene.notifications.NotificationSettingsService;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.LanguageSelect;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The signed-in person's notification settings: the language of their mail, and for each kind of notice a
 * select of the deliveries it allows (duties: mail or a digest), saved as soon as it changes. A refused or
 * conflicting change is said next to its select; the other rows keep what they show.
 */
@Route(value = NotificationSettingsView.ROUTE, layout = MainLayout.class)
@PermitAll
class NotificationSettingsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "my/notifications";

    /** What one row's binder holds: the delivery shown and the version it was read at. */
    static final class Choice {
        private Delivery delivery;
        private long version;

        Delivery getDelivery() { return delivery; }
        void setDelivery(Delivery delivery) { this.delivery = delivery; }
    }

    private final NotificationSettingsService settings;
    final Map<NoticeKind, Select<Delivery>> selects = new EnumMap<>(NoticeKind.class);
    private final Map<NoticeKind, Choice> choices = new EnumMap<>(NoticeKind.class);
    final LanguageSelect language;
    final Button reset = new Button();

    NotificationSettingsView(NotificationSettingsService settings) {
        this.settings = settings;
        addClassName("cv-page");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(click -> reset());
        language = new LanguageSelect(settings::changeMyLanguage);
        language.setId("notification-language");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        selects.clear();
        choices.clear();
        add(new H1(getTranslation("notifications.title")));
        Anchor notices = new Anchor(NoticesView.ROUTE, getTranslation("my.notices"));
        add(notices, new Paragraph(getTranslation("notifications.intro")));
        language.show(settings.myLanguage());
        add(language, new H2(getTranslation("my.notices")));
        for (NotificationSetting setting : settings.mine()) {
            add(row(setting));
        }
        reset.setText(getTranslation("notifications.reset"));
        add(reset);
    }

    private Div row(NotificationSetting setting) {
        NoticeKind kind = setting.kind();
        Select<Delivery> select = new Select<>();
        select.setId("notification-" + kind.name());
        select.setLabel(getTranslation("notifications.kind." + kind.name()));
        select.setHelperText(getTranslation("notifications.kind." + kind.name() + ".help"));
        select.setItems(setting.choices().stream().sorted().toList());
        select.setItemLabelGenerator(delivery -> label(kind, delivery));
        FieldErrors.manual(select);
        Choice choice = new Choice();
        Binder<Choice> binder = new Binder<>();
        binder.forField(select).bind(Choice::getDelivery, Choice::setDelivery);
        show(binder, choice, setting);
        binder.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save(kind, select, binder, choice);
            }
        });
        selects.put(kind, select);
        choices.put(kind, choice);
        Div row = new Div(select);
        row.addClassName("cv-notification-setting");
        return row;
    }

    private String label(NoticeKind kind, Delivery delivery) {
        String text = getTranslation("notifications.delivery." + delivery.name());
        return delivery == kind.defaultDelivery() ? getTranslation("notifications.default", text) : text;
    }

    private static void show(Binder<Choice> binder, Choice choice, NotificationSetting setting) {
        choice.delivery = setting.delivery();
        choice.version = setting.version();
        binder.setBean(choice);
    }

    void save(NoticeKind kind, Select<Delivery> select, Binder<Choice> binder, Choice choice) {
        FieldErrors.clear(select);
        try {
            NotificationSetting saved = settings.change(kind, choice.delivery, choice.version);
            choice.version = saved.version();
            Notices.success(getTranslation("notifications.saved", select.getLabel(), label(kind, saved.delivery())));
        } catch (ValidationError e) {
            FieldErrors.show(select, getTranslation(e.messageKey(), e.params()));
        } catch (OptimisticLockingFailureException e) {
            settings.mine().stream().filter(s -> s.kind() == kind).findFirst()
                    .ifPresent(current -> show(binder, choice, current));
            FieldErrors.show(select, getTranslation("notifications.conflict"));
        }
    }

    private void reset() {
        settings.resetMine();
        Notices.success(getTranslation("notifications.resetDone"));
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · " + getTranslation("app.name");
    }
}
