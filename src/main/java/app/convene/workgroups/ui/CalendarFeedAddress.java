package app.convene.workgroups.ui;

import app.convene.security.PersonService;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The signed-in person's secret calendar feed address: shown on request, replaced after a confirmation. */
class CalendarFeedAddress extends Div {

    final TextField address = new TextField();
    final Button show = new Button();
    final Button replace = new Button();
    private final PersonService persons;
    private final String publicUrl;

    CalendarFeedAddress(PersonService persons, String publicUrl) {
        this.persons = persons;
        this.publicUrl = publicUrl;
        address.setLabel(getTranslation("my.calendarFeed"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText(getTranslation("my.calendarFeed.help"));
        show.setText(getTranslation("my.calendarFeed.show"));
        show.addClickListener(click -> {
            address.setValue(url(persons.myCalendarToken()));
            show.setVisible(false);
        });
        replace.setText(getTranslation("my.calendarFeed.replace"));
        replace.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        replace.addClickListener(click -> confirmReplace());
        HorizontalLayout buttons = new HorizontalLayout(show, replace);
        buttons.addClassName("cv-buttons"); // they wrap on a phone instead of pushing the page sideways
        add(new H2(getTranslation("my.calendar")), address, buttons);
    }

    private void confirmReplace() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("my.calendarFeed.replaceTitle"),
                getTranslation("my.calendarFeed.replaceText"), getTranslation("my.calendarFeed.replaceConfirm"), yes -> {
                    address.setValue(url(persons.newCalendarToken()));
                    show.setVisible(false);
                    Notices.success(getTranslation("my.calendarFeed.replaced"));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private String url(String token) {
        return publicUrl + "/calendar/me/" + token + ".ics";
    }
}
