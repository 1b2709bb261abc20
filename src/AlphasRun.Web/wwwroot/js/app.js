// The only script the pages need beyond Blazor's: "Copy" buttons, and join's ticket hand-over. Reading works without it.
document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy]");
    if (!button) { return; }
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) { return; }
    field.select();
    var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy"; }, 2000); };
    if (navigator.clipboard) { navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); }); }
    else { document.execCommand("copy"); done(); }
});

// Join hands its one-time sign-in ticket over in a form post (with the antiforgery token), never in a URL.
window.alphasRun = window.alphasRun || {};
window.alphasRun.submitForm = function (id) {
    var form = document.getElementById(id);
    if (form) { form.submit(); }
};
