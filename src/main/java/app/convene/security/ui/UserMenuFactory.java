package app.convene.security.ui;

import app.convene.security.Authorization;
import app.convene.security.NoticeService;
import app.convene.shared.ui.HeaderPart;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

@Component
class UserMenuFactory implements HeaderPart.Factory {

    private final Authorization authorization;
    private final AuthenticationContext authentication;
    private final NoticeService notices;

    UserMenuFactory(Authorization authorization, AuthenticationContext authentication,
                    NoticeService notices) {
        this.authorization = authorization;
        this.authentication = authentication;
        this.notices = notices;
    }

    @Override
    public HeaderPart create() {
        return new UserMenu(authorization, authentication, notices);
    }
}
