import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

const fontFamily = '"Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

/** Sober: navy for the state, a dark red accent, no decoration that competes with the documents. */
export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    mode: 'light',
    primary: { main: '#17375e', contrastText: '#ffffff' },
    secondary: { main: '#9b1c1c', contrastText: '#ffffff' },
    background: { default: '#f3f4f6', paper: '#ffffff' },
    text: { primary: '#1f2933', secondary: '#52606d' },
  },
  shape: { borderRadius: 4 },
  typography: { fontFamily, fontSize: 14, h5: { fontWeight: 600 }, h6: { fontWeight: 600 } },
  sidebar: { width: 250, closedWidth: 55 },
  components: {
    ...defaultLightTheme.components,
    // A list wider than the window (a long unbroken word in a cell) scrolls sideways inside itself: left to grow,
    // the content would widen the page and, scrolled, slide over the menu and hide it.
    RaLayout: {
      styleOverrides: { root: { minWidth: 0, '& .RaLayout-appFrame, & .RaLayout-content': { minWidth: 0 } } },
    },
    RaList: { styleOverrides: { root: { '& .RaList-main': { minWidth: 0 } } } },
    RaDatagrid: { styleOverrides: { root: { '& .RaDatagrid-tableWrapper': { overflowX: 'auto' } } } },
  },
};
