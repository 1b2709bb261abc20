// Display preferences live in first-party cookies so the server can render them on the first response.
window.alphasRun = {
    setPreference: function (name, value) {
        document.cookie = name + "=" + encodeURIComponent(value) + "; path=/; max-age=31536000; samesite=lax";
    },
    // Join hands its sign-in ticket over in a form post (with the antiforgery token), never in a URL.
    submitForm: function (id) {
        var form = document.getElementById(id);
        if (form) {
            form.submit();
        }
    }
};
