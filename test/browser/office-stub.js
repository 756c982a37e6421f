// A stand-in for Office.js in the task pane test: an "Excel" host with a dark theme and a minimal
// workbook that records what the Office adapter queues. It has no Excel behaviour beyond that.
// Its document file is `window.__workbookFile` (base64, set by the test before the page loads), handed
// out in slices by getFileAsync; calls go to `window.__fileLog`, and Excel.createWorkbook's argument
// to `window.__createdWorkbooks`.
(() => {
  const sheets = [{ name: 'Sheet1' }, { name: 'HC Model' }];
  const parts = [];
  const log = (window.__excelLog = []);
  const range = (address) => ({
    address,
    format: { font: {}, fill: {} },
    set formulas(rows) {
      log.push(['formulas', address, rows.length]);
    },
    set numberFormat(rows) {
      log.push(['numberFormat', address]);
    },
  });
  const chart = {
    title: {},
    axes: { categoryAxis: { title: {} } },
    series: {
      getItemAt: () => ({ setXAxisValues: () => undefined }),
      add: (name) => ({ name, setValues: () => undefined, setXAxisValues: () => undefined }),
    },
    setPosition: () => log.push(['chart']),
  };
  const context = {
    sync: async () => undefined,
    workbook: {
      worksheets: {
        load: () => undefined,
        items: sheets,
        add(name) {
          sheets.push({ name });
          log.push(['add', name]);
          return {
            name,
            getRange: range,
            names: { add: (added, target) => log.push(['name', added, target.address]) },
            charts: { add: () => chart },
            activate: () => undefined,
          };
        },
      },
      customXmlParts: {
        getByNamespace: (namespace) => ({
          load: () => undefined,
          items: parts
            .filter((part) => part.namespace === namespace)
            .map((part) => ({ getXml: () => ({ value: part.xml }), setXml: (xml) => (part.xml = xml) })),
        }),
        add: (xml) => parts.push({ namespace: 'urn:hc-planner:scenarios', xml }),
      },
    },
  };
  const fileLog = (window.__fileLog = []);
  const created = (window.__createdWorkbooks = []);
  const later = (callback, result) => setTimeout(() => callback(result));
  const getFileAsync = (type, options, callback) => {
    fileLog.push(['getFileAsync', type, options.sliceSize]);
    if (!window.__workbookFile)
      return later(callback, { status: 'failed', error: { message: 'no file in this stub' } });
    const bytes = Uint8Array.from(window.atob(window.__workbookFile), (char) => char.charCodeAt(0));
    const sliceCount = Math.max(1, Math.ceil(bytes.length / options.sliceSize));
    later(callback, {
      status: 'succeeded',
      value: {
        size: bytes.length,
        sliceCount,
        getSliceAsync(index, done) {
          fileLog.push(['getSliceAsync', index]);
          const data = Array.from(bytes.subarray(index * options.sliceSize, (index + 1) * options.sliceSize));
          later(done, { status: 'succeeded', value: { index, size: data.length, data } });
        },
        closeAsync(done) {
          fileLog.push(['closeAsync']);
          later(done, { status: 'succeeded' });
        },
      },
    });
  };
  window.Excel = {
    createWorkbook: async (base64) => {
      created.push(base64);
    },
    run: (callback) => callback(context),
    ChartType: { line: 'Line' },
    ChartSeriesBy: { columns: 'Columns' },
  };
  window.CustomFunctions = {
    associate: () => undefined,
    Error: class extends Error {},
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
    },
  };
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  window.Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    FileType: { Compressed: 'compressed' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    context: {
      platform: info.platform,
      requirements: { isSetSupported: (name, version) => name === 'ExcelApi' && Number(version) <= 1.8 },
      document: { url: 'https://contoso.sharepoint.com/sites/finance/Shared%20Documents/Plan%20Q3.xlsx', getFileAsync },
      officeTheme: {
        bodyBackgroundColor: '#1f1f1f',
        bodyForegroundColor: '#ffffff',
        controlBackgroundColor: '#2b2b2b',
        controlForegroundColor: '#ffffff',
      },
    },
    onReady: (callback) => {
      if (callback) setTimeout(() => callback(info));
      return Promise.resolve(info);
    },
  };
})();
