import './styles/app.css';
import { startApp } from './app.ts';

startApp();
