// F2 puts the cursor in the global "scan or type a dossier code" box from anywhere.
document.addEventListener('keydown', function (e) {
    if (e.key === 'F2') {
        const box = document.getElementById('global-code');
        if (box) { e.preventDefault(); box.focus(); box.select(); }
    }
});
window.oneStop = {
    focus: function (id) { const el = document.getElementById(id); if (el) { el.focus(); if (el.select) el.select(); } },
    openUrl: function (url) { window.open(url, '_blank'); }
};
