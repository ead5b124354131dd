/* The header's mobile menu through DKFDS's own navigation script. Without JavaScript the menu
   button is a link to the drawer, which CSS shows as the link's target; with it, DKFDS opens and
   closes the drawer (focus kept inside, Escape closes), so the links must not also navigate.
   The switcher between one's bodies and fora is a details element; a click outside it or Escape
   closes it, as DKFDS's overflow menus close. A form's error summary behaves as DKFDS's does. */
(function () {
  "use strict";

  function closePlaces(event) {
    document.querySelectorAll(".klynge-places details[open]").forEach(function (places) {
      if (event.type === "click" && places.contains(event.target)) {
        return;
      }
      if (event.type === "keydown" && event.key !== "Escape") {
        return;
      }
      places.removeAttribute("open");
      if (event.type === "keydown") {
        places.querySelector("summary").focus();
      }
    });
  }

  function start() {
    document.addEventListener("click", closePlaces);
    document.addEventListener("keydown", closePlaces);
    if (window.location.hash === "#klynge-menu") {
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
    }
    document.querySelectorAll(".js-menu-open, .js-menu-close").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
      });
    });
    if (window.DKFDS && window.DKFDS.Navigation) {
      new window.DKFDS.Navigation().init();
      // A form's error summary takes focus, and its links move focus to their fields.
      new window.DKFDS.ErrorSummary(document.querySelector('[data-module="error-summary"]')).init();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
