package app.convene.security.ui;

import app.convene.security.Authorization;
import app.convene.shared.ui.HeaderPart;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

@Component
class UserMenuFactory implements HeaderPart.Factory {

    private final Authorization authorization;
    private final AuthenticationContext authentication;
    private final app.convene.security.NoticeService notices;

    UserMenuFactory(Authorization authorization, AuthenticationContext authentication,
                    app.convene.security.NoticeService notices) {
        this.authorization = authorization;
        this.authentication = authentication;
        this.notices = notices;
    }

    @Override
    public HeaderPart create() {
        return new UserMenu(authorization, authentication, notices);
    }
}
