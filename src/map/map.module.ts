import { Module } from '@nestjs/common';
import { DistrictsModule } from '../districts/districts.module.js';
import { MapVersionSubscriber } from './map-version.subscriber.js';
import { MapController } from './map.controller.js';
import { MapService } from './map.service.js';

@Module({
  imports: [DistrictsModule],
  controllers: [MapController],
  providers: [MapService, MapVersionSubscriber],
})
export class MapModule {}
