// Reports by Excel (#/import): the committee picks months, downloads the template of its communes, sends it back filled,
// reads the dry run row by row, applies it, and reads what was recorded. Its rules are in report-import.js.
import { download, importReports } from './api.js';
import { escape } from './format.js';
import { canApply, defaultRange, fileError, importUnit, rangeError, rowLines } from './report-import.js';

export const importRoute = '#/import';

function answerSection(answer, names) {
  return `<p class="import-message ${answer.applied || answer.dryRun ? 'notice' : 'error'}" role="status">${escape(answer.message)}</p>
    <ol class="import-rows">${answer.rows.map((row) => {
      const { heading, changes, errors } = rowLines(row, names);
      return `<li data-row="${row.row}" data-outcome="${escape(row.outcome)}">
        <strong>${escape(heading)}</strong>
        ${changes.length ? `<ul class="changes">${changes.map((c) => `<li>${escape(c)}</li>`).join('')}</ul>` : ''}
        ${errors.length ? `<ul class="errors">${errors.map((e) => `<li class="error">${escape(e)}</li>`).join('')}</ul>` : ''}
      </li>`;
    }).join('')}</ol>`;
}

/** Draws the page into `view`; `definitions` name the indicators of the answer's changes. */
export function importPage(view, { viewer, definitions }) {
  const unit = importUnit(viewer);
  if (!unit) {
    view.innerHTML = '<p class="error" role="alert">Chỉ Ban Chỉ đạo xã (danh mục hai cấp) và Ban Chỉ đạo huyện (danh mục ba cấp) báo cáo số liệu.</p>';
    return;
  }

  const names = Object.fromEntries(definitions.map((d) => [d.code, d.name]));
  const { from, to } = defaultRange(new Date());
  view.innerHTML = `
    <h1>Báo cáo bằng Excel</h1>
    <p>Tải mẫu có sẵn số liệu hiện có của các xã bạn báo cáo, điền hoặc sửa số liệu, rồi gửi lại: kiểm tra thử trước, sau đó áp dụng.
      Trang "Giải thích" trong tệp nêu từng chỉ tiêu và các quy tắc.</p>
    <form id="template-form" class="import-form">
      <label for="from">Từ tháng</label><input id="from" name="from" type="month" value="${from}" required />
      <label for="to">Đến tháng</label><input id="to" name="to" type="month" value="${to}" required />
      <button type="submit">Tải mẫu Excel</button>
      <p class="error" id="template-error" role="alert"></p>
    </form>
    <form id="import-form" class="import-form">
      <label for="file">Tệp đã điền (.xlsx)</label><input id="file" name="file" type="file" accept=".xlsx" required />
      <button type="submit">Kiểm tra thử</button>
      <button type="button" id="apply" hidden>Áp dụng</button>
      <p class="error" id="import-error" role="alert"></p>
    </form>
    <section id="import-answer" aria-live="polite"></section>`;

  const templateError = view.querySelector('#template-error');
  view.querySelector('#template-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = new FormData(event.target);
    templateError.textContent = rangeError(fields.get('from'), fields.get('to')) ?? '';
    if (templateError.textContent) {
      return;
    }

    try {
      await download(`api/report-template?unitCode=${encodeURIComponent(unit)}&from=${fields.get('from')}&to=${fields.get('to')}`, 'mau-bao-cao.xlsx');
    } catch (error) {
      templateError.textContent = error.message;
    }
  });

  const importError = view.querySelector('#import-error');
  const answerView = view.querySelector('#import-answer');
  const apply = view.querySelector('#apply');
  const send = async (dryRun) => {
    const file = view.querySelector('#file').files[0];
    importError.textContent = fileError(file) ?? '';
    apply.hidden = true;
    // The answer shown is always the last file's: never an earlier one while this one is on its way.
    answerView.innerHTML = '';
    if (importError.textContent) {
      return;
    }

    view.querySelectorAll('#import-form button').forEach((b) => { b.disabled = true; });
    try {
      const answer = await importReports(file, dryRun);
      answerView.innerHTML = answerSection(answer, names);
      apply.hidden = !canApply(answer);
    } catch (error) {
      importError.textContent = error.message;
    } finally {
      view.querySelectorAll('#import-form button').forEach((b) => { b.disabled = false; });
    }
  };
  view.querySelector('#import-form').addEventListener('submit', (event) => {
    event.preventDefault();
    send(true);
  });
  view.querySelector('#file').addEventListener('change', () => {
    apply.hidden = true;
    answerView.innerHTML = '';
  });
  apply.addEventListener('click', () => send(false));
}
