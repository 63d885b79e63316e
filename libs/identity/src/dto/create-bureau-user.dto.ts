import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, Length } from 'class-validator';
import { BUREAU_ROLES, type BureauRole, Trim } from '@app/shared';
import { EmailPasswordFields } from './register.dto.js';

export class CreateBureauUserDto extends EmailPasswordFields {
  @ApiProperty({ example: '李审核', minLength: 1, maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ enum: BUREAU_ROLES, isArray: true, example: ['reviewer'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(BUREAU_ROLES, { each: true })
  roles: BureauRole[];
}
