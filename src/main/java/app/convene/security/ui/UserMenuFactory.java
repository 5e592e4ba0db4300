package app.convene.security.ui;

import app.convene.security.Authorization;
import app.convene.shared.ui.HeaderPart;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(100)
class UserMenuFactory implements HeaderPart.Factory {

    private final Authorization authorization;
    private final AuthenticationContext authentication;

    UserMenuFactory(Authorization authorization, AuthenticationContext authentication) {
        this.authorization = authorization;
        this.authentication = authentication;
    }

    @Override
    public HeaderPart create() {
        return new UserMenu(authorization, authentication);
    }
}
