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
    focus: function (id) { const el = document.getElementById(id); if (el && el !== document.activeElement) { el.focus(); if (el.select) el.select(); } },
    // The server moves the cursor only if it is still where the officer was when the action began: keys typed meanwhile
    // (the browser already moved on, see the key flow below) must not be yanked back or have their text selected.
    focusFrom: function (fromId, id) {
        const a = document.activeElement;
        if (a && a !== document.body && a.id !== fromId) return;
        window.oneStop.focus(id);
    },
    picker: null,
    registerPicker: function (ref) { window.oneStop.picker = ref; },
    openUrl: function (url) { window.open(url, '_blank'); }
};
// A PDF made in the circuit (e.g. a hand-over list) opens in a new tab for printing.
window.oneStop.openPdf = function (base64) {
    const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
    window.open(url, '_blank');
};

// The reception key flow runs here, against what the page shows at the instant of the key, never after a server round
// trip: Enter moves the cursor to the next box at once, a CCCD line (it has '|') jumps to the phone, Enter in the
// procedure picker sends the text in the box to the server (which takes its first match) instead of letting the list
// pick an older suggestion, and Enter on a checkbox moves on without ticking it (Enter never changes a decision).
// The server still gets the Enter of each box (to read a scan, to save) and acts on the final values.
const keyFlow = ['rc-procedure', 'rc-name', 'rc-id', 'rc-birth', 'rc-phone', 'rc-email', 'rc-address'];
const scanBoxes = ['rc-scan', 'rc-name', 'rc-id', 'rc-address'];
function focusBox(id) { const el = document.getElementById(id); if (el) { el.focus(); if (el.select) el.select(); } }
function nextFocusable(from) {
    const all = [...document.querySelectorAll('input:not([type=hidden]):not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])')]
        .filter(el => el.offsetParent !== null && el.tabIndex >= 0);
    const i = all.indexOf(from);
    return i >= 0 && i + 1 < all.length ? all[i + 1] : null;
}
window.addEventListener('keydown', function (e) {
    if (!(e.key === 'Enter' || e.key === 'NumpadEnter') || e.isComposing) return;
    const t = e.target;
    if (!t || !t.id) return;
    if (t.id === 'rc-procedure') {
        e.preventDefault();
        e.stopPropagation();
        const text = t.value;
        const picker = window.oneStop.picker;
        if (picker && text.trim() !== '') { focusBox('rc-name'); picker.invokeMethodAsync('PickFirstMatch', text); }
        return;
    }
    if (t.type === 'checkbox' && t.closest && t.closest('#reception-page')) {
        e.preventDefault();
        e.stopPropagation();
        const n = nextFocusable(t);
        if (n) n.focus();
        return;
    }
    if (typeof t.value !== 'string') return;
    if (scanBoxes.includes(t.id) && t.value.includes('|')) { focusBox('rc-phone'); return; }
    const i = keyFlow.indexOf(t.id);
    if (i > 0 && i + 1 < keyFlow.length) focusBox(keyFlow[i + 1]);
}, true);
