// F2 puts the cursor in the global "scan or type a dossier code" box from anywhere.
document.addEventListener('keydown', function (e) {
    if (e.key === 'F2') {
        const box = document.getElementById('global-code');
        if (box) { e.preventDefault(); box.focus(); box.select(); }
    }
});
// What a box held the moment Enter was pressed. A USB scanner types faster than a busy circuit answers: a render for an
// earlier keystroke can still rewrite the box with a shorter text after Enter, so the server asks for this snapshot.
const enterValues = {};
document.addEventListener('keydown', function (e) {
    const t = e.target;
    if ((e.key === 'Enter' || e.key === 'NumpadEnter') && t && t.id && typeof t.value === 'string') enterValues[t.id] = t.value;
}, true);
window.oneStop = {
    value: function (id) {
        if (Object.prototype.hasOwnProperty.call(enterValues, id)) { const v = enterValues[id]; delete enterValues[id]; return v; }
        const el = document.getElementById(id);
        return el && typeof el.value === 'string' ? el.value : null;
    },
    setValue: function (id, v) { const el = document.getElementById(id); if (el && typeof el.value === 'string') el.value = v ?? ''; },
    focus: function (id) { const el = document.getElementById(id); if (el) { el.focus(); if (el.select) el.select(); } },
    openUrl: function (url) { window.open(url, '_blank'); }
};
// A PDF made in the circuit (e.g. a hand-over list) opens in a new tab for printing.
window.oneStop.openPdf = function (base64) {
    const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
    window.open(url, '_blank');
};
