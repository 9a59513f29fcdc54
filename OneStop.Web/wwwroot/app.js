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
    if (routeCccdScan(e)) return;
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

// ---- Scan anywhere, the action bar's keys, printing without leaving the page ----
// A CCCD QR line as a scanner types it: 12 digits | old id or empty | name | ddMMyyyy | Nam/Nữ | address | ddMMyyyy
// (further fields tolerated). Strict on purpose: normal typing never has this shape. Core's CccdQr parses it for real.
const cccdLine = /\d{12}\|(?:\d{9})?\|[^|\d]+\|\d{8}\|[^|]{2,3}\|.+\|\d{8}(?:\|[^|]*)*$/u;
// A dossier code as printed on the receipt: agency code, date, sequence (e.g. H48.26.10-261125-0007).
const dossierCode = /^[A-Za-z0-9]{1,6}(?:\.[A-Za-z0-9]{1,6}){0,4}-\d{6}-\d{4,}$/;
function isTextBox(el) {
    if (!el) return false;
    if (el.tagName === 'TEXTAREA' || el.isContentEditable) return true;
    return el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'file', 'hidden'].includes(el.type);
}
function visible(el) { return el && el.offsetParent !== null; }
function cccdTarget() { return [...document.querySelectorAll('[data-cccd-target]')].find(visible) || null; }
// Hands a scanned line to a box as if it had been scanned there: its text, then Enter (the page's own handler reads it).
function sendTo(box, text) {
    box.focus();
    box.value = text;
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
}
window.oneStop.cccdShape = function (text) { return cccdLine.test(text || ''); };
window.oneStop.codeShape = function (text) { return dossierCode.test((text || '').trim()); };

// A CCCD line scanned into a text box that is not a CCCD box (the procedure picker, the phone, the global code box…):
// the box gets back what it held before the scan, and the line goes to the page's CCCD box (data-cccd-target), which
// fills the applicant or the collector. The boxes the applicant panel reads scans from itself are left to it.
// Called first by the key flow's Enter handler; true when the Enter was a scan handed on.
function routeCccdScan(e) {
    const t = e.target;
    if (!e.isTrusted || !isTextBox(t) || typeof t.value !== 'string' || t.hasAttribute('data-cccd-target') || scanBoxes.includes(t.id)) return false;
    const m = cccdLine.exec(t.value);
    const box = m && cccdTarget();
    if (!box) return false;
    e.preventDefault();
    e.stopImmediatePropagation();
    t.value = t.value.slice(0, m.index);
    t.dispatchEvent(new Event('input', { bubbles: true }));
    t.dispatchEvent(new Event('change', { bubbles: true }));
    sendTo(box, m[0]);
    return true;
}

// Keys typed while the cursor is in no text box: a scanner's burst (keys under 100 ms apart, timed when the browser received
// them, not when a busy page got round to them) ending in Enter is a receipt code (opens the dossier through the global
// code box) or a CCCD line (goes to the page's CCCD box). Only a whole code or a whole CCCD line acts, so a person typing
// fast outside any box does nothing.
let burst = '', burstAt = 0;
window.addEventListener('keydown', function (e) {
    if (e.isComposing || isTextBox(e.target) || e.ctrlKey || e.altKey || e.metaKey) { burst = ''; return; }
    const now = e.timeStamp || performance.now();
    if (now - burstAt > 100) burst = '';
    burstAt = now;
    if (e.key === 'Enter' || e.key === 'NumpadEnter') {
        const text = burst;
        burst = '';
        if (text.length < 10) return;
        let box = null;
        if (dossierCode.test(text)) box = document.getElementById('global-code');
        else if (cccdLine.test(text)) box = cccdTarget();
        if (!box) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        sendTo(box, text);
        return;
    }
    if (e.key.length === 1) burst += e.key;
}, true);

// F9: the page's primary action (the save at reception, the open panel's confirm on a dossier). F8 or Ctrl+P: print
// the receipt where the page offers it. The box being typed in first tells the server its final text (change event).
window.addEventListener('keydown', function (e) {
    let selector = null;
    if (e.key === 'F9') selector = '[data-primary]';
    else if (e.key === 'F8' || ((e.ctrlKey || e.metaKey) && (e.key === 'p' || e.key === 'P'))) selector = '[data-print]';
    if (!selector) return;
    const button = [...document.querySelectorAll(selector)].find(b => visible(b) && !b.disabled);
    if (!button) return;
    e.preventDefault();
    e.stopPropagation();
    const a = document.activeElement;
    if (isTextBox(a)) a.dispatchEvent(new Event('change', { bubbles: true }));
    button.click();
}, true);

// Prints a PDF (the receipt, both copies on one page) from a hidden frame: the print dialog opens at once, or, with
// Chrome/Edge started with --kiosk-printing, the default printer prints it without a dialog (see the README).
window.oneStop.printPdf = function (url) {
    let frame = document.getElementById('print-frame');
    if (!frame) {
        frame = document.createElement('iframe');
        frame.id = 'print-frame';
        frame.title = 'In';
        frame.setAttribute('aria-hidden', 'true');
        frame.tabIndex = -1;
        frame.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0;';
        document.body.appendChild(frame);
    }
    window.oneStop.lastPrint = url;
    frame.onload = function () {
        try { frame.contentWindow.focus(); frame.contentWindow.print(); }
        catch { window.open(url, '_blank'); }
    };
    frame.src = url;
};
