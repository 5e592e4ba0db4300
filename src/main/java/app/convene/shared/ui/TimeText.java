package app.convene.shared.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A {@code <time datetime="2022-06-01">} element: people read the local format, machines the ISO date. */
@Tag("time")
public class TimeText extends HtmlComponent {

    public TimeText(LocalDate date, DateTimeFormatter format) {
        getElement().setAttribute("datetime", date.toString());
        getElement().setText(format.format(date));
    }
}
