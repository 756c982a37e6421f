// A stand-in for Office.js in the task pane test: an "Excel" host with a dark theme and a minimal
// workbook that records what the Office adapter queues. It has no Excel behaviour beyond that.
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
  window.Excel = {
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
    context: {
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
