package dk.planspor.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds what the layout needs on every page: the language and the same page in the other language. */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

    @ModelAttribute
    void layout(HttpServletRequest request, Model model) {
        Lang lang = WebConfiguration.langOf(request);
        model.addAttribute("lang", lang);
        model.addAttribute("switchUrl", switchUrl(request, lang));
    }

    static String switchUrl(HttpServletRequest request, Lang lang) {
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = forwarded instanceof String s ? s : request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        String other = "/" + lang.other().code();
        String rest = path.length() >= 3 && path.startsWith("/" + lang.code()) ? path.substring(3) : "/";
        return request.getContextPath() + other + (rest.isEmpty() ? "/" : rest);
    }
}
