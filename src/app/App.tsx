import { Layout } from './Layout';
import { StartPage } from './StartPage';

export function App() {
  return (
    <Layout>
      <StartPage />
    </Layout>
  );
}
