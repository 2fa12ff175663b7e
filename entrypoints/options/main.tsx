import { render } from 'preact'; render(<p>Einstellungen</p>, document.getElementById('app')!);
