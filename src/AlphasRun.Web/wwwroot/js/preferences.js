// Display preferences live in first-party cookies so the server can render them on the first response.
window.alphasRun = {
    setPreference: function (name, value) {
        document.cookie = name + "=" + encodeURIComponent(value) + "; path=/; max-age=31536000; samesite=lax";
    }
};
