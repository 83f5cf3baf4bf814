import { render } from 'preact';

render(<main>Safi</main>, document.getElementById('app')!);
