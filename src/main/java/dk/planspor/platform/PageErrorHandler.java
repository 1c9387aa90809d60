package dk.planspor.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Unknown plans, commitments and the like on HTML pages: a 404 page in the page's language. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageErrorHandler {

    private final MessageSource messages;

    PageErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        Lang lang = WebConfiguration.langOf(request);
        ModelAndView mav = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        mav.addObject("lang", lang);
        mav.addObject("switchUrl", PageModelAdvice.switchUrl(request, lang));
        mav.addObject("detail", messages.getMessage(e.messageKey(), e.args(), lang.locale()));
        return mav;
    }
}
