package dk.planspor.consultation.web;

import dk.planspor.consultation.ConsultationException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refused submission on the public pages: a page in the user's language saying why (409, or 429 when throttled). */
@ControllerAdvice(assignableTypes = ConsultationPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsultationPageAdvice {

    private final MessageSource messages;

    ConsultationPageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ConsultationException.class)
    ModelAndView refused(ConsultationException e, HttpServletRequest request, java.util.Locale locale) {
        boolean tooMany = e.kind() == ConsultationException.Kind.TOO_MANY;
        ModelAndView mav = new ModelAndView(tooMany ? "consultation/too-many" : "consultation/refused",
                HttpStatus.valueOf(e.status()));
        dk.planspor.platform.Lang lang = dk.planspor.platform.Lang.fromCode(locale.getLanguage()).orElse(dk.planspor.platform.Lang.DA);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        mav.addObject("lang", lang);
        mav.addObject("switchUrl", request.getContextPath() + "/" + lang.other().code() + (path.length() >= 3 ? path.substring(3) : "/"));
        mav.addObject("detail", messages.getMessage(e.messageKey(), e.args(), locale));
        mav.addObject("slug", request.getRequestURI().replaceAll("^/(da|en)/consultations/([^/]+)/.*$", "$2"));
        return mav;
    }
}
