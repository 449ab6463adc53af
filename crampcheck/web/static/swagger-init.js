// Starts the vendored Swagger UI on /docs/swagger (no inline script: the page keeps the strict CSP).
// Requests made from "Try it out" carry the session's CSRF token, like the pages' own forms.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="csrf-token"]');
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    validatorUrl: null,
    deepLinking: true,
    requestInterceptor: function (request) {
      if (meta && meta.content) {
        request.headers["X-CSRF-Token"] = meta.content;
      }
      return request;
    },
  });
})();
