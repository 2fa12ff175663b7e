import { render } from 'preact'; render(<p>Filmlupe</p>, document.getElementById('app')!);
