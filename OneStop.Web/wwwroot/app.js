// F2 puts the cursor in the global "scan or type a dossier code" box from anywhere.
document.addEventListener('keydown', function (e) {
    if (e.key === 'F2') {
        const box = document.getElementById('global-code');
        if (box) { e.preventDefault(); box.focus(); box.select(); }
    }
});
window.oneStop = {
    value: function (id) { const el = document.getElementById(id); return el && 'value' in el ? el.value : null; },
    focus: function (id) { const el = document.getElementById(id); if (el) { el.focus(); if (el.select) el.select(); } },
    openUrl: function (url) { window.open(url, '_blank'); }
};
// A PDF made in the circuit (e.g. a hand-over list) opens in a new tab for printing.
window.oneStop.openPdf = function (base64) {
    const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
    window.open(url, '_blank');
};
