import ArticleIcon from '@mui/icons-material/Article';
import type { RaRecord, ResourceProps } from 'react-admin';
import { ArticleCreate, ArticleEdit } from './article-form';
import { ArticleList } from './article-list';
import { ArticleShow } from './article-show';

const articles: ResourceProps = {
  name: 'articles',
  list: ArticleList,
  show: ArticleShow,
  create: ArticleCreate,
  edit: ArticleEdit,
  icon: ArticleIcon,
  recordRepresentation: (article: RaRecord) => String(article.title),
};

export default articles;
