package dev.httpcodes.spring;

import java.util.Locale;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tiny application for the Boot test slice: it answers vendor codes the way users of the adapter would. */
@SpringBootApplication
class SampleApplication {

    @RestController
    static class OriginController {
        @GetMapping("/origin-down")
        ResponseEntity<String> originDown() {
            return ResponseEntity.status(HttpcodesStatus.of(522).toHttpStatusCode()).body("origin unreachable");
        }

        @GetMapping("/cancelled")
        ProblemDetail cancelled(Locale locale) {
            return EntryProblemDetails.forCode(499, locale).withInstance("/cancelled").build();
        }
    }
}
