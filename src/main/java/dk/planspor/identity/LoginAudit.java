package dk.planspor.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Writes every sign-in, failed sign-in and sign-out to the audit log, and counts failures towards lock-out. */
@Component
class LoginAudit {

    private final Accounts accounts;

    LoginAudit(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        accounts.loginSucceeded(event.getAuthentication().getName(), addressOf(event.getAuthentication().getDetails()));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        accounts.loginFailed(event.getAuthentication().getName(), addressOf(event.getAuthentication().getDetails()),
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        accounts.loggedOut(event.getAuthentication().getName(), addressOf(event.getAuthentication().getDetails()));
    }

    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
